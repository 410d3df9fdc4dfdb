"""The employer business case on stored data: a candidate on a work item (a vacancy or a carved
role), with PDF and Excel exports. Public API: werkbrug.businesscase.services."""
