# An inventory system with classes, properties, sorting and JSON export.
import json
class Item:
    def __init__(self, sku, name, price, qty):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return round(self.price * self.qty, 2)
    def to_dict(self):
        return {"sku": self.sku, "name": self.name, "price": self.price, "qty": self.qty}
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
    def remove(self, sku, qty):
        item = self.items[sku]
        if qty > item.qty:
            raise ValueError("only %d of %s" % (item.qty, sku))
        item.qty -= qty
        if item.qty == 0:
            del self.items[sku]
    def total(self):
        return round(sum(i.value for i in self.items.values()), 2)
    def report(self):
        return ["%-6s %-10s %3d x %7.2f = %8.2f" % (i.sku, i.name, i.qty, i.price, i.value)
                for i in sorted(self.items.values(), key=lambda i: -i.value)]
inv = Inventory()
inv.add(Item("A1", "antenna", 12.5, 4))
inv.add(Item("B2", "battery", 3.99, 10))
inv.add(Item("C3", "case", 7.0, 2))
inv.add(Item("A1", "antenna", 12.5, 1))
print("\n".join(inv.report()), inv.total())
inv.remove("C3", 2)
try:
    inv.remove("B2", 50)
except ValueError as e:
    print("ValueError", e)
try:
    inv.remove("ZZ", 1)
except KeyError as e:
    print("KeyError", e.args)
print(sorted(inv.items), inv.total())
print(json.dumps([inv.items[k].to_dict() for k in sorted(inv.items)]))
