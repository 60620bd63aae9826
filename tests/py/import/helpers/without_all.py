# Module without __all__: a star import skips names starting with an underscore.
public_name = "public"
_underscore_name = "private by convention"
def public_function():
    return "called"
