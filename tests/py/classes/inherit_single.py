# Single inheritance: overriding, extending with super(), inherited attributes.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"
    def describe(self):
        return super().describe() + " (%d months)" % self.age
class Cat(Animal):
    kind = "cat"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 3), Cat("tom")]:
    print(a.describe())
p = Puppy("bit", 3)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.kind, Puppy.__bases__ == (Dog,), Dog.__bases__[0].__name__)
print(Dog.speak(p), Animal.speak(p), Puppy.speak(p))
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
class NoInit(Animal):
    pass
print(NoInit("inherited init").name)
