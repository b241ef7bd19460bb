"""The Qt-free core of LIP Planner: models, plan files, services, rules and reports."""
