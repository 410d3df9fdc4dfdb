"""VUM profiles (werkzoekendeprofiel, vacatureprofiel), written from the published field list of the
Gegevensstandaard 1.5 / Koppelvlak 3.x (rules-nl.md 8.3). Pure: no Django.

Privacy: a profile is built from an explicit list of fields; FML and doelgroep data have no place in
it, and `forbidden_keys` lets tests and the importer check that none slipped in."""

from werkbrug.domain.vum.mapping import MappingTable, parse_mapping
from werkbrug.domain.vum.profiles import candidate_profile, forbidden_keys, work_profile
from werkbrug.domain.vum.validate import validate_profiles

__all__ = ["MappingTable", "candidate_profile", "forbidden_keys", "parse_mapping", "validate_profiles",
           "work_profile"]
