"""AlertPolicy: an incident version + the tier already alerted -> the alert to raise, if any.

Tiers follow the killed count (default 10, 50, 100). The first tier is also
reached by killed + wounded >= the casualty threshold (default 25), so a bombing
with 4 dead and 40 hurt alerts. Only the highest tier reached is alerted: a jump
from 12 to 60 killed is one escalation, and a tier is never alerted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wirewatch.core.models import Alert, Incident

SEVERITY_NAMES = ("high", "severe", "critical", "catastrophic", "extreme")
"""Names of tiers 1..n; tiers beyond the list are called `tier<n>`."""


def severity_name(level: int) -> str:
    """The readable name of tier `level` (1-based)."""
    return SEVERITY_NAMES[level - 1] if level <= len(SEVERITY_NAMES) else f"tier{level}"


@dataclass(frozen=True)
class AlertPolicy:
    """When an incident is worth waking an analyst for."""

    min_killed: int = 10
    min_casualties: int = 25
    tiers: tuple[int, ...] = (10, 50, 100)

    def __post_init__(self) -> None:
        if not self.tiers or list(self.tiers) != sorted(set(self.tiers)):
            raise ValueError("alert tiers must be a non-empty increasing list")

    def level(self, incident: Incident) -> int:
        """The highest tier this incident reaches (0: none). Background events reach none."""
        if incident.background:
            return 0
        killed = incident.killed or 0
        casualties = killed + (incident.wounded or 0)
        level = sum(1 for threshold in self.tiers[1:] if killed >= threshold)
        if level or killed >= self.min_killed or casualties >= self.min_casualties:
            level += 1
        return level

    def decide(self, incident: Incident, alerted_level: int, now: datetime) -> Alert | None:
        """The alert to raise for this version, given the highest tier alerted so far."""
        level = self.level(incident)
        if level <= alerted_level:
            return None
        return build_alert(incident, level, escalation=alerted_level > 0, now=now)


CARRIED_FIELDS = (
    "killed", "wounded", "event_type", "sub_event_type", "actors", "victims", "location",
    "event_date", "sources", "evidence",
)
"""What an alert repeats from its incident version, so a reader needs nothing else."""


def build_alert(incident: Incident, level: int, *, escalation: bool, now: datetime) -> Alert:
    """The alert message for `incident` at tier `level`; its id is stable per tier."""
    return Alert(
        id=f"{incident.id}:{level}",
        incident_id=incident.id,
        incident_version=incident.version,
        severity=severity_name(level),
        severity_level=level,
        escalation=escalation,
        raised_at=now,
        **{name: getattr(incident, name) for name in CARRIED_FIELDS},
    )
