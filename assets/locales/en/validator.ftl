# validator — English
