// The baseline: the hello-world console of issue #11 item 16.
Console.WriteLine("Hello, World!");
