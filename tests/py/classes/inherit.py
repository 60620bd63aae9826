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
    def speak(self):
        return super().speak() + "!"
for a in (Animal("generic"), Dog("rex"), Puppy("bit")):
    print(a.describe())
print(isinstance(Puppy("p"), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.kind, Puppy("x").kind, Animal.kind)
