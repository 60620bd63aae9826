# Accounts with validation through exceptions, transfers that roll back, and a ledger.
class InsufficientFunds(Exception):
    pass
class FrozenAccount(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner)
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds("%s has %d, needs %d" % (self.owner, self.balance, amount))
        self.balance -= amount
    def deposit(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner)
        self.balance += amount
ledger = []
def transfer(src, dst, amount):
    before = (src.balance, dst.balance)
    try:
        src.withdraw(amount)
        dst.deposit(amount)
    except (InsufficientFunds, FrozenAccount, ValueError) as e:
        src.balance, dst.balance = before
        ledger.append("failed %s -> %s: %s(%s)" % (src.owner, dst.owner, type(e).__name__, e))
        return False
    else:
        ledger.append("moved %d %s -> %s" % (amount, src.owner, dst.owner))
        return True
    finally:
        ledger.append("balances %d/%d" % (src.balance, dst.balance))
a, b = Account("ann", 100), Account("bob", 20)
print(transfer(a, b, 30), transfer(b, a, 500), transfer(a, b, -1))
b.frozen = True
print(transfer(a, b, 10), a.balance, b.balance)
for line in ledger:
    print(line)
