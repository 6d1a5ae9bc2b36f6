# window — English
