/** Whether {@code p} is one of {@code roots} or inside one. */
boolean under(java.nio.file.Path p, java.util.List<java.nio.file.Path> roots) {
    return roots.stream().anyMatch(p::startsWith);
}
;;
/** Every entry outside /proc that is neither on the allow-list nor a folder on the way to something on it. */
java.util.List<String> beyond(java.util.List<String> allowList) throws Exception {
    java.util.List<java.nio.file.Path> allowed = allowList.stream().map(java.nio.file.Path::of).toList();
    java.util.List<String> found = new java.util.ArrayList<>();
    java.nio.file.Files.walkFileTree(java.nio.file.Path.of("/"), new java.nio.file.SimpleFileVisitor<java.nio.file.Path>() {
        @Override
        public java.nio.file.FileVisitResult preVisitDirectory(java.nio.file.Path dir,
                java.nio.file.attribute.BasicFileAttributes attributes) {
            if (dir.equals(java.nio.file.Path.of("/proc"))) return java.nio.file.FileVisitResult.SKIP_SUBTREE;
            boolean onTheWay = allowed.stream().anyMatch(a -> a.startsWith(dir));
            if (!onTheWay && !under(dir, allowed)) found.add(dir.toString());
            return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFile(java.nio.file.Path file,
                java.nio.file.attribute.BasicFileAttributes attributes) {
            if (!under(file, allowed)) found.add(file.toString());
            return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFileFailed(java.nio.file.Path file, java.io.IOException e) {
            if (!under(file, allowed)) found.add(file + " (unreadable)");
            return java.nio.file.FileVisitResult.CONTINUE;
        }
    });
    return found;
}
;;
/** The entries of the allow-list that the agent cannot see: proof that the walk looks where things are. */
java.util.List<String> missing(java.util.List<String> allowList) {
    return allowList.stream().filter(p -> !java.nio.file.Files.exists(java.nio.file.Path.of(p))).toList();
}
;;
/** Every folder outside /proc a new file can be made in, and every regular file open for writing. */
java.util.List<String> writable(String start) throws Exception {
    java.util.List<String> found = new java.util.ArrayList<>();
    java.nio.file.Files.walkFileTree(java.nio.file.Path.of(start), new java.nio.file.SimpleFileVisitor<java.nio.file.Path>() {
        @Override
        public java.nio.file.FileVisitResult preVisitDirectory(java.nio.file.Path dir,
                java.nio.file.attribute.BasicFileAttributes attributes) {
            if (dir.equals(java.nio.file.Path.of("/proc"))) return java.nio.file.FileVisitResult.SKIP_SUBTREE;
            java.nio.file.Path probe = dir.resolve("tangentlab-write-probe");
            try {
                java.nio.file.Files.createFile(probe);
                java.nio.file.Files.delete(probe);
                found.add(dir.toString());
            } catch (Exception refused) {
                // the expected outcome everywhere but the work folder
            }
            return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFile(java.nio.file.Path file,
                java.nio.file.attribute.BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && java.nio.file.Files.isWritable(file)) found.add(file.toString());
            return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFileFailed(java.nio.file.Path file, java.io.IOException e) {
            return java.nio.file.FileVisitResult.CONTINUE;
        }
    });
    return found;
}
;;
/** The lines of /proc/self/status that say who the agent is and what it may do. */
String identity() throws Exception {
    return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
            .filter(l -> l.matches("(Uid|Gid|CapInh|CapPrm|CapEff|CapBnd|CapAmb|NoNewPrivs):.*"))
            .map(l -> l.replaceAll("\\s+", " ")).collect(java.util.stream.Collectors.joining(";"));
}
;;
/** The real uid of every process the agent can see. */
java.util.List<String> visibleProcesses() throws Exception {
    try (var entries = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
        return entries.filter(p -> p.getFileName().toString().matches("\\d+")).map(p -> {
            try {
                return p.getFileName() + ":" + java.nio.file.Files.readAllLines(p.resolve("status")).stream()
                        .filter(l -> l.startsWith("Uid:")).findFirst().orElse("Uid: ?").split("\\s+")[1];
            } catch (Exception gone) {
                return p.getFileName() + ":gone";
            }
        }).sorted().toList();
    }
}
;;
/** Whether a Unix socket at {@code path} accepts a connection. */
String connectUnix(String path) {
    try (var channel = java.nio.channels.SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
        channel.connect(java.net.UnixDomainSocketAddress.of(path));
        return "connected";
    } catch (Exception e) {
        return "refused";
    }
}
