#include "engine/objects/type_constants.h"

#include <map>

#include "engine/objects/dict.h"
#include "engine/objects/str.h"

namespace pyfw::engine {

namespace {

std::multimap<const Type*, const ConstantDef*>& registry() {
    static std::multimap<const Type*, const ConstantDef*> tables;
    return tables;
}

}  // namespace

TypeConstants::TypeConstants(Type* type, const ConstantDef* rows) { registry().emplace(type, rows); }

void internRegisteredConstantNames(const Type* type) {
    auto [first, last] = registry().equal_range(type);
    for (auto it = first; it != last; ++it)
        for (const ConstantDef* row = it->second; row->name; ++row) intern(row->name);
}

void addRegisteredConstants(const Type* type, DictObject* dict) {
    auto [first, last] = registry().equal_range(type);
    for (auto it = first; it != last; ++it)
        for (const ConstantDef* row = it->second; row->name; ++row)
            dictSetStr(dict, intern(row->name), row->object ? Value(row->object) : Value::smallInt(row->value));
}

}  // namespace pyfw::engine
