// Upstream: D7EAD/liboai, main commit 1936bdc939a6ae4aa657c217677acc13cc58a869
//   (2025-02-08; describe: v4.0.1-53-g1936bdc; last tag v4.0.1 =
//   60527f06a03506c8c2e09d36c344b2b90563ed89, 2024-05-30)
// Mirrors:  liboai/include/liboai.h
//           (upstream code with its comments stripped). liboai::OpenAI holds one
//           std::unique_ptr per component (ChatCompletion, Completion,
//           Embedding, Image, ...) and a reference to the process-wide
//           Authorization singleton. Not copyable, not movable.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#pragma once
#include "components/audio.h"
#include "components/azure.h"
#include "components/chat.h"
#include "components/completions.h"
#include "components/edits.h"
#include "components/embeddings.h"
#include "components/files.h"
#include "components/fine_tunes.h"
#include "components/images.h"
#include "components/models.h"
#include "components/moderations.h"
namespace liboai {
	class OpenAI {
		public:
			OpenAI(const std::string &root = "https://api.openai.com/v1"):
				Audio(std::make_unique<liboai::Audio>(root)),
				Azure(std::make_unique<liboai::Azure>(root)),
				ChatCompletion(std::make_unique<liboai::ChatCompletion>(root)),
				Completion(std::make_unique<liboai::Completions>(root)),
				Edit(std::make_unique<liboai::Edits>(root)),
				Embedding(std::make_unique<liboai::Embeddings>(root)),
				File(std::make_unique<liboai::Files>(root)),
				FineTune(std::make_unique<liboai::FineTunes>(root)),
				Image(std::make_unique<liboai::Images>(root)),
				Model(std::make_unique<liboai::Models>(root)),
				Moderation(std::make_unique<liboai::Moderations>(root))
			{}
			OpenAI(OpenAI const&) = delete;
			OpenAI(OpenAI&&) = delete;
			void operator=(OpenAI const&) = delete;
			void operator=(OpenAI&&) = delete;
		public:
			std::unique_ptr<liboai::Audio> Audio;
			std::unique_ptr<liboai::Azure> Azure;
			std::unique_ptr<liboai::ChatCompletion> ChatCompletion;
			std::unique_ptr<liboai::Completions> Completion;
			std::unique_ptr<liboai::Edits> Edit;
			std::unique_ptr<liboai::Embeddings> Embedding;
			std::unique_ptr<liboai::Files> File;
			std::unique_ptr<liboai::FineTunes> FineTune;
			std::unique_ptr<liboai::Images> Image;
			std::unique_ptr<liboai::Models> Model;
			std::unique_ptr<liboai::Moderations> Moderation;
		public:
			Authorization& auth = Authorization::Authorizer();
	};
}
