// Hand-written stand-in for the async-tidy corpus (not upstream code): drogon_auth's
// CMake fetches Zheng-Bote/drogon_audit_plugin (branch main), which installs this header;
// no snapshot of that repository is available here. This declares only what
// src/auth_ctrl.cpp uses: the plugin type and its log(user_id, action, ip, details).
#pragma once
#include <drogon/plugins/Plugin.h>
#include <json/value.h>
#include <string>

namespace drogon {
namespace plugins {
class AuditLogPlugin : public drogon::Plugin<AuditLogPlugin> {
  public:
    void initAndStart(const Json::Value &config) override;
    void shutdown() override;
    void log(const std::string &userId, const std::string &action,
             const std::string &ipAddress, const Json::Value &details);
};
} // namespace plugins
} // namespace drogon
