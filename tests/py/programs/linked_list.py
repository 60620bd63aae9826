# A singly linked list class with iteration, reversal, insertion and removal.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push_front(item)
    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList(%r)" % (list(self),)
l = LinkedList([1, 2, 3])
l.append(4)
l.push_front(0)
print(l, len(l))
print(l.remove(2), l.remove(99), l.remove(0), l)
l.reverse()
print(l, list(l), sum(l), 3 in l)
e = LinkedList()
e.reverse()
print(e, len(e), e.remove(1))
