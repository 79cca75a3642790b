// API-shape stand-in for Poco (not installed): POCOMultipartAdapter.h only
// names Poco::Net::MessageHeader in a reference parameter.
#pragma once
namespace Poco { namespace Net { class MessageHeader; } }
