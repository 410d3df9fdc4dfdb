from werkbrug.registry.models.candidate import Candidate, Certificate, DoelgroepRegistration
from werkbrug.registry.models.catalogue import AccommodationType, Skill
from werkbrug.registry.models.organisation import BaanAmbitie, Location, Organisation
from werkbrug.registry.models.placement import Placement
from werkbrug.registry.models.work import Task, Work

__all__ = [
    "AccommodationType", "BaanAmbitie", "Candidate", "Certificate", "DoelgroepRegistration",
    "Location", "Organisation", "Placement", "Skill", "Task", "Work",
]
