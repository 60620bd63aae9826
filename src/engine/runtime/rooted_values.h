// Values that native code keeps outside the heap and outside the C++ stack, made visible to the GC.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "engine/objects/value.h"

namespace pyfw::engine {

struct Interpreter;

// A host-side array of Values that the GC treats as roots for as long as it lives; for native
// code that must keep Values outside the heap and outside the C++ stack (e.g. in a std::vector).
class RootedValues {
public:
    RootedValues();
    ~RootedValues();
    RootedValues(const RootedValues&) = delete;
    RootedValues& operator=(const RootedValues&) = delete;
    std::vector<Value> values;

private:
    friend struct Interpreter;
    RootedValues* next_;
    RootedValues* previous_;
};

// `first` followed by `count` arguments, for calls that prepend self: on the C++ stack when short
// (the conservative scan sees it), otherwise in a RootedValues.
class PrependedArgs {
public:
    PrependedArgs(Value first, const Value* args, size_t count) {
        data_ = small_;
        if (count + 1 > kSmall) {
            spill_ = std::make_unique<RootedValues>();
            spill_->values.resize(count + 1);
            data_ = spill_->values.data();
        }
        data_[0] = first;
        for (size_t i = 0; i < count; ++i) data_[i + 1] = args[i];
    }
    Value* data() { return data_; }

private:
    static constexpr size_t kSmall = 8;
    Value small_[kSmall];
    std::unique_ptr<RootedValues> spill_;
    Value* data_;
};

}  // namespace pyfw::engine
