# A folder without __init__.py can still be imported from as a namespace package.
from nspkg import plain_module
print(plain_module.VALUE)
import nspkg.plain_module
print(nspkg.plain_module is plain_module)
