// API-shape header (not the real implementation).
// Upstream: brainboxdotcc/DPP, tag v10.1.5 (commit 59179f4ffc4f111411fb18d8da31258456768025)
// Mirrors:  include/dpp/message.h, include/dpp/channel.h, include/dpp/user.h, include/dpp/guild.h
//           (subsets: only what the shapes' cluster calls name)
#pragma once

#include <dpp/snowflake.h>

#include <string>

namespace dpp {

struct message {
	snowflake id;
	snowflake channel_id;
	std::string content;

	message() = default;
	message(snowflake channel_id, const std::string &content) : channel_id{channel_id}, content{content} {}
};

class channel {
public:
	snowflake id;
	std::string name;
};

class user {
public:
	snowflake id;
	std::string username;
};

class user_identified : public user {};

class guild_member {
public:
	snowflake guild_id;
	snowflake user_id;
};

} // namespace dpp
