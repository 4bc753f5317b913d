"""The dedup store's server-side scripts: one round trip where the client would need several.

Each script touches only keys of one namespace, some of them derived from its
arguments rather than passed as KEYS (the store is a single-instance Redis; these
are not cluster-safe by design). Lua
`false` comes back as a nil element, so positions in the flat replies are kept.
"""

CANDIDATES = """
local seen, ids = {}, {}
for index = 1, 2 do
  local lo, hi = ARGV[index * 2 - 1], ARGV[index * 2]
  for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[index], lo, hi, 'LIMIT', 0, ARGV[5])) do
    if not seen[id] then
      seen[id] = true
      ids[#ids + 1] = id
    end
  end
end
table.sort(ids)
local out = {}
for _, id in ipairs(ids) do
  out[#out + 1] = id
  out[#out + 1] = redis.call('GET', ARGV[6] .. ':i:' .. id)
  out[#out + 1] = redis.call('GET', ARGV[6] .. ':n:' .. id)
end
return out
"""
"""KEYS: the precise and the coarse candidate index of a country; ARGV: their score
ranges (lo, hi, lo, hi), the limit per index, the namespace. Flat triples: incident id,
its JSON, its names' JSON (nil when expired)."""

STORY_CANDIDATES = """
local hits = {}
for _, key in ipairs(KEYS) do
  for _, list in ipairs(redis.call('HMGET', key, unpack(ARGV, 4))) do
    if list then
      for id in string.gmatch(list, '[^\\n]+') do hits[id] = (hits[id] or 0) + 1 end
    end
  end
end
local found = {}
for id, n in pairs(hits) do
  if n >= tonumber(ARGV[2]) then found[#found + 1] = id end
end
table.sort(found, function(a, b)
  if hits[a] ~= hits[b] then return hits[a] > hits[b] end
  return a < b
end)
local out = {}
for i = 1, math.min(#found, tonumber(ARGV[3])) do
  out[#out + 1] = found[i]
  out[#out + 1] = redis.call('GET', ARGV[1] .. ':s:' .. found[i])
  out[#out + 1] = redis.call('GET', ARGV[1] .. ':as:' .. found[i])
  local ids = redis.call('GET', ARGV[1] .. ':ai:' .. found[i])
  local main = ids and cjson.decode(ids)[1]
  local incident = main and redis.call('GET', ARGV[1] .. ':i:' .. main)
  local when = false
  if incident then
    local fields = cjson.decode(incident)
    local precision = fields.date_precision
    if type(precision) ~= 'string' then precision = 'day' end
    if type(fields.event_date) == 'string' then when = fields.event_date .. ' ' .. precision end
  end
  out[#out + 1] = when
end
return out
"""
"""KEYS: the story postings (term -> article ids) of the window's slots; ARGV: the
namespace, the terms an earlier article must share, the most candidates to return,
then the new article's story terms. Flat quadruples, most shared terms first: article id, its
story vector's JSON, its story id, its main incident's event date and precision
("2026-03-09 day"; nil when it has no dated incident)."""

FILL_POSTINGS = """
local cap = tonumber(ARGV[3])
for i = 4, #ARGV do
  local list = redis.call('HGET', KEYS[1], ARGV[i])
  if not list then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[1])
  elseif #list < cap then
    redis.call('HSET', KEYS[1], ARGV[i], list .. '\\n' .. ARGV[1])
  end
end
redis.call('EXPIRE', KEYS[1], ARGV[2])
return #ARGV - 3
"""
"""KEYS[1]: the slot's story postings; ARGV: article id, TTL, the longest list kept
(bytes: a term already in that many articles of one slot tells no story apart), then
the article's story terms."""

VOCABULARY = """
local g = tonumber(redis.call('GET', KEYS[1]) or '0')
local now, before = ARGV[1] .. ':vdf:' .. g, ARGV[1] .. ':vdf:' .. (g - 1)
local total = tonumber(redis.call('GET', ARGV[1] .. ':vn:' .. g) or '0')
  + tonumber(redis.call('GET', ARGV[1] .. ':vn:' .. (g - 1)) or '0')
local out = {total}
if #ARGV < 2 then return out end
local a = redis.call('HMGET', now, unpack(ARGV, 2))
local b = redis.call('HMGET', before, unpack(ARGV, 2))
for i = 1, #ARGV - 1 do out[#out + 1] = tonumber(a[i] or '0') + tonumber(b[i] or '0') end
return out
"""
"""KEYS[1]: the vocabulary's generation counter; ARGV: the namespace, then the words.
Returns the articles counted in the current and previous generation, then each
word's document frequency in them."""

COUNT_WORDS = """
local g = tonumber(redis.call('GET', KEYS[1]) or '0')
local df, dn = ARGV[1] .. ':vdf:' .. g, ARGV[1] .. ':vn:' .. g
for i = 4, #ARGV do redis.call('HINCRBY', df, ARGV[i], 1) end
local n = redis.call('INCR', dn)
redis.call('EXPIRE', df, ARGV[3])
redis.call('EXPIRE', dn, ARGV[3])
if n >= tonumber(ARGV[2]) then
  g = g + 1
  redis.call('UNLINK', ARGV[1] .. ':vdf:' .. (g - 2), ARGV[1] .. ':vn:' .. (g - 2))
end
redis.call('SET', KEYS[1], g, 'EX', ARGV[3])
return n
"""
"""KEYS[1]: the generation counter; ARGV: the namespace, articles per generation, TTL,
then the article's words. Counts the article in the current generation; a full
generation opens the next and drops the one before it, so the vocabulary always
holds the last one to two generations of articles."""

FILL_BUCKETS = """
for i = 3, #ARGV do redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[1]) end
redis.call('EXPIRE', KEYS[1], ARGV[2])
return #ARGV - 2
"""
"""KEYS[1] the slot's bucket hash; ARGV: article id, TTL, then the article's bands."""

LOOK_UP_BUCKETS = """
local seen, found = {}, {}
for _, key in ipairs(KEYS) do
  for _, member in ipairs(redis.call('HMGET', key, unpack(ARGV))) do
    if member and not seen[member] then
      seen[member] = true
      found[#found + 1] = member
    end
  end
end
return found
"""
"""KEYS: the window's bucket hashes; ARGV: the article's bands. The distinct articles
sharing a band (one call: the client sends the bands once, not once per slot)."""

PRUNE_EXPIRED = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, entry in ipairs(due) do
  local tab = string.find(entry, '\t', 1, true)
  redis.call('ZREM', string.sub(entry, 1, tab - 1), string.sub(entry, tab + 1))
end
if #due > 0 then redis.call('ZREM', KEYS[1], unpack(due)) end
return #due
"""
"""KEYS[1] the expiry index ("{index key}\t{member}" by expiry time); ARGV: now, batch.
Candidate indexes are read by event day, not by age, so their entries are removed
when the incident (or story article) they point at expires: memory stays one window."""
