import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { javac, javaFrame, jvmRunner } from '../jvm.js';
import type { Runner } from '../runner.js';

/**
 * Debian 12's libasync-http-client-java (2.12.3) does not install (it wants a netty-reactive-streams
 * snapshot Debian does not have): scripts/install-runtimes.sh unpacks it into this directory, and its
 * dependencies come from apt. The netty jars one by one: Debian's netty-all.jar is an empty aggregator.
 */
const AHC_DIR = process.env.SNIPFORGE_AHC_DIR ?? '/var/lib/snipforge/async-http-client/usr/share/java';
const NETTY = ['common', 'buffer', 'transport', 'codec', 'codec-http', 'handler', 'resolver', 'resolver-dns', 'codec-dns', 'codec-socks', 'handler-proxy', 'transport-native-epoll', 'transport-native-unix-common'];
const CLASSPATH = [
  join(AHC_DIR, 'async-http-client.jar'),
  join(AHC_DIR, 'async-http-client-netty-utils.jar'),
  ...[...NETTY.map((name) => `netty-${name}`), 'netty-reactive-streams', 'reactive-streams', 'slf4j-api', 'javax.activation'].map((name) => `/usr/share/java/${name}.jar`),
];

/**
 * AsyncHttpClient 2 on Netty. The frame (test/exec/jvm.ts): the snippet's own imports at the top of
 * the file, its statements in `public static void main(String[] args) throws Exception` of a class;
 * nothing else. All cases of a run compile in one javac and run in one JVM.
 */
export const runner: Runner = {
  requires: ['java', 'javac'],
  missing() {
    const absent = CLASSPATH.filter((jar) => !existsSync(jar));
    return absent.length > 0 ? `${absent.join(', ')} not found (scripts/install-runtimes.sh unpacks libasync-http-client-java and installs libnetty-java)` : undefined;
  },
  ...jvmRunner({
    name: 'java-async-http-client',
    program: { fileName: 'Main.java', mainClass: 'Main' },
    classpath: CLASSPATH,
    source: (code, caseNumber) => ({ fileName: `Case${caseNumber}.java`, text: javaFrame(code, `Case${caseNumber}`), mainClass: `Case${caseNumber}` }),
    compile: javac,
  }),
};
