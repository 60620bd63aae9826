# dir() lists names; check membership rather than the full list.
class Point:
    kind = "pt"
    def __init__(self):
        self.x = 1
    def move(self):
        pass
p = Point()
names = dir(p)
print("x" in names, "kind" in names, "move" in names, "nothing" in names)
print("kind" in dir(Point), "move" in dir(Point), "x" in dir(Point))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""), "add" in dir(set()))
import sys
print("path" in dir(sys), "argv" in dir(sys))
top_level = 123
print("top_level" in dir(), "Point" in dir(), "p" in dir())
print(isinstance(dir(), list), sorted(dir(p)) == sorted(set(dir(p))))
class Child(Point):
    extra = 1
print("kind" in dir(Child), "extra" in dir(Child()), "move" in dir(Child))
