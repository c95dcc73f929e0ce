package com.tangentlab.sandbox;

import java.nio.file.Path;

/** The agent's class path (one jar) and the class-data sharing archive made from it. */
record AgentClassPath(Path jar, Path archive) {}
