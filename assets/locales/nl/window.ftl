# window — Nederlands
