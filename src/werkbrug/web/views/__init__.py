"""Pages of the web app. Each view parses, asks werkbrug.web.access, calls a service, renders."""
