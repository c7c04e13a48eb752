#!/bin/sh
# The app serves as a login role in group pm_app (not the superuser the image creates): row level security binds it,
# and the app refuses to serve as a superuser (ADR-014). Runs once, when the data volume is first initialised.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -c "CREATE ROLE pm_app NOLOGIN" \
    -c "CREATE ROLE pm_web LOGIN PASSWORD '$PM_WEB_PASSWORD' IN ROLE pm_app"
