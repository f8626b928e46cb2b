/**
 * JMH benchmarks of the SDK's hot paths. Build with {@code mvn -q install -DskipTests}, run with {@code
 * java -jar sdk-benchmarks/target/benchmarks.jar} (all) or with a name pattern.
 */
package vn.libnet.benchmarks;
