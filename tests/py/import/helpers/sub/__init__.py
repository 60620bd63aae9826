# Subpackage of the helpers package.
SUB_VALUE = "sub"
