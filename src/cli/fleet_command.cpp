// pyfw fleet provision|ota: a fleet of boards from one secure build — per-board keys, identities
// and NVS, a manifest and a network-server registry — and signed updates for all of them.
#include <memory>

#include "cli/command_registry.h"
#include "cli/fleet_ota.h"
#include "cli/fleet_provision.h"

namespace pyfw::cli {
namespace {

void setup(CLI::App& app) {
    auto* fleet = app.add_subcommand("fleet", "Provision and update a fleet of boards from one secure build");
    fleet->require_subcommand(1);

    auto p = std::make_shared<FleetProvisionOptions>();
    auto* provision = fleet->add_subcommand("provision", "Provision boards: own flash encryption key each, fleet signing key, "
                                                         "LoRaWAN identity, NVS from a template; write the manifest and registry");
    provision->add_option("boards", p->boards, "Board folders")->required();
    provision->add_option("--build", p->build, "Output folder of pyfw build --secure")->required();
    provision->add_option("--keys", p->keys, "Folder for the per-board key files (mode 0600)")->capture_default_str();
    provision->add_option("--manifest", p->manifest, "Fleet manifest (JSON; created or extended)")->capture_default_str();
    provision->add_option("--registry", p->registry, "Device registry for pyfw ns serve (default: KEYS/registry.json)");
    provision->add_option("--nvs-template", p->nvsTemplate, "nvs_partition_gen.py CSV with {mac}, {dev_eui}, {index}, ... placeholders");
    provision->add_option("--nvs-format", p->nvsFormat, "NVS page format: v1 or v2")->capture_default_str();
    provision->add_option("--app-eui", p->appEui, "LoRaWAN AppEUI (JoinEUI) of the fleet, 16 hex digits")->capture_default_str();
    provision->add_option("--region", p->region, "LoRaWAN region of the registry")->capture_default_str();
    provision->add_flag("--release", p->release, "Production eFuses on every board (cannot be undone)");
    provision->add_flag("--yes", p->yes, "Do not ask for confirmation before burning release-mode eFuses");
    provision->add_flag("--skip-provisioned", p->skipProvisioned,
                        "Leave boards this manifest already holds as they are instead of refusing");
    provision->callback([p] {
        if (p->registry.empty()) p->registry = (std::filesystem::path(p->keys) / "registry.json").string();
        provisionFleet(*p);
    });

    auto o = std::make_shared<FleetOtaOptions>();
    auto* ota = fleet->add_subcommand("ota", "Update every board of a manifest with a signed image, checked before any erase");
    ota->add_option("manifest", o->manifest, "Fleet manifest")->required();
    ota->add_option("image", o->image, "Signed app image (plaintext; encrypted here for each board and slot)")->required();
    ota->add_option("--board-image", o->boardImages, "MAC=FILE: a different image for one board (repeatable)");
    ota->add_option("--chunk", o->chunk, "Bytes per ota_write call")->capture_default_str();
    ota->callback([o] { fleetOta(*o); });
}

CommandRegistration registration{"fleet", setup};

}  // namespace
}  // namespace pyfw::cli
