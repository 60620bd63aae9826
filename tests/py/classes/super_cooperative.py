# Cooperative __init__ through super() in multiple inheritance, passing kwargs along.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.rest = kw
class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Person")
p = Person(name="ann", age=30, extra=1)
print(p.name, p.age, p.log, p.rest)
q = Person()
print(q.name, q.age, q.log)
class Explicit(Named):
    def __init__(self):
        super(Explicit, self).__init__(name="explicit")
print(Explicit().name)
class Shape:
    def area(self):
        return 0
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Cube(Square):
    def area(self):
        return 6 * super().area()
    def describe(self):
        return "3D " + super().describe()
print(Square(2).describe(), "|", Cube(2).describe())
class Greeter:
    def greet(self):
        return "hello"
class Loud(Greeter):
    def greet(self):
        return super().greet().upper()
class Polite(Greeter):
    def greet(self):
        return super().greet() + ", please"
class LoudPolite(Loud, Polite):
    pass
print(LoudPolite().greet())
