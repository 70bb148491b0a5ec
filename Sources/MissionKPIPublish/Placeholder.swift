/// Publication layer: report models and renderers (filled in by the publish work).
enum PublishPlaceholder {}
