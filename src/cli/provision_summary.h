// What provision and fleet say before and after burning: the plan (every key, eFuse and protection
// bit, each one permanent), the plain statement of what a development-mode board still allows, and
// the anti-rollback minimum a build asks for.
#pragma once

#include "chip/provisioning.h"
#include "cli/build_folder.h"

namespace pyfw::cli {

void printBurnPlan(const chip::ProvisionRequest& request, bool release);
void printDevelopmentMode();
// With an anti-rollback build, the first minimum secure version is burnt with the keys.
void addAntiRollbackMinimum(const BuildFolder& build, chip::ProvisionRequest& request);

}  // namespace pyfw::cli
