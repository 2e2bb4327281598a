using BenchmarkDotNet.Running;
using Dashboard.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args);
