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
local out = {}
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[2], 'LIMIT', 0, ARGV[3])) do
  out[#out + 1] = id
  out[#out + 1] = redis.call('GET', ARGV[4] .. ':s:' .. id)
  out[#out + 1] = redis.call('GET', ARGV[4] .. ':as:' .. id)
end
return out
"""
"""KEYS[1]: the story-day index; ARGV: day range, limit, namespace. Flat triples: article
id, its story terms' JSON, its story id."""

TERM_COUNTS = """
local days = tonumber(ARGV[1])
local counts = {}
local total = 0
for d = 1, days do
  total = total + tonumber(redis.call('GET', KEYS[days + d]) or '0')
  local values = redis.call('HMGET', KEYS[d], unpack(ARGV, 2))
  for i = 1, #ARGV - 1 do
    counts[i] = (counts[i] or 0) + tonumber(values[i] or '0')
  end
end
local out = {total}
for i = 1, #ARGV - 1 do out[#out + 1] = counts[i] or 0 end
return out
"""
"""KEYS: the day vocabularies (df) of the window, then their article counts (dn);
ARGV: the number of days, then the terms. Returns the total, then each term's count."""

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
