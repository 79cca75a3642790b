// API-shape declaration of Aws::S3::S3Client (held by pointer only); parsing only.
#pragma once
namespace Aws { namespace S3 { class S3Client; } }
