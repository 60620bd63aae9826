// A queue in one growing array, used as a ring: pushing at the back and popping at the front
// allocate nothing once it has grown to the largest size it needs (a std::deque allocates a
// block for every few elements, and for every element as large as a frame).
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace pyfw::world {

template <typename T>
class RingQueue {
public:
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    T& operator[](size_t i) { return items_[(head_ + i) & (items_.size() - 1)]; }
    const T& operator[](size_t i) const { return items_[(head_ + i) & (items_.size() - 1)]; }
    T& front() { return (*this)[0]; }
    const T& front() const { return (*this)[0]; }
    T& back() { return (*this)[size_ - 1]; }

    void push_back(T item) {
        if (size_ == items_.size()) grow();
        items_[(head_ + size_) & (items_.size() - 1)] = std::move(item);
        ++size_;
    }
    void pop_front() {
        head_ = (head_ + 1) & (items_.size() - 1);
        --size_;
    }
    // The first index whose element is not less than `value` by `less`, for elements kept sorted.
    template <typename Value, typename Less>
    size_t lowerBound(const Value& value, Less less) const {
        size_t low = 0, high = size_;
        while (low < high) {
            const size_t mid = (low + high) / 2;
            if (less((*this)[mid], value)) low = mid + 1;
            else high = mid;
        }
        return low;
    }

private:
    // The capacity stays a power of two, so an index wraps with a mask.
    void grow() {
        std::vector<T> bigger(items_.empty() ? 16 : items_.size() * 2);
        for (size_t i = 0; i < size_; ++i) bigger[i] = std::move((*this)[i]);
        items_ = std::move(bigger);
        head_ = 0;
    }

    std::vector<T> items_;
    size_t head_ = 0, size_ = 0;
};

}  // namespace pyfw::world
