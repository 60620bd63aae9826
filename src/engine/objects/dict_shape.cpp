#include "engine/objects/dict_shape.h"

#include "engine/objects/str.h"
#include "engine/runtime/interpreter.h"

namespace pyfw::engine {

uint32_t shapeAfter(uint32_t shape, Value key) {
    if (!isExactStr(key) || !key.as<StrObject>()->isInterned()) return kNoShape;
    auto* name = key.as<StrObject>();
    std::vector<DictShape>& shapes = interp().dictShapes;
    if (shapes.empty()) shapes = {DictShape{nullptr, kNoShape, kNoShape}, DictShape{nullptr, kNoShape, kNoShape}};
    for (uint32_t child = shapes[shape].firstChild; child != kNoShape; child = shapes[child].nextSibling)
        if (shapes[child].key == name) return child;
    if (shapes.size() >= kMaxShapes) return kNoShape;
    auto made = uint32_t(shapes.size());
    shapes.push_back(DictShape{name, kNoShape, shapes[shape].firstChild});
    shapes[shape].firstChild = made;
    return made;
}

}  // namespace pyfw::engine
