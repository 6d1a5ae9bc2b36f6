# terminal — English
