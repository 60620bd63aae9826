# The program itself runs as __main__; imported modules carry their dotted names.
print(__name__)
if __name__ == "__main__":
    print("running as the main program")
import helpers.sub.deep as deep
print(deep.__name__)
import helpers.sub
print(helpers.sub.__name__)
