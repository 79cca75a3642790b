// API-shape declarations of the AWS SDK entry points buyer-backend's
// ServiceManager calls (aws-sdk-cpp is not installed here); parsing only.
#pragma once
namespace Aws {
struct SDKOptions {};
void InitAPI(const SDKOptions &options);
void ShutdownAPI(const SDKOptions &options);
}  // namespace Aws
