# Module inside a folder without __init__.py (a namespace package).
VALUE = "namespace package member"
