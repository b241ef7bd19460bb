"""The main views (Plan, Actions, Partners, Bodies, Practices) and their detail forms."""
