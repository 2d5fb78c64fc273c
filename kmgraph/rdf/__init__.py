"""RDF: namespaces, IRIs, the record → statements mapping, terms and the Turtle writer, VoID, validation, file I/O."""
