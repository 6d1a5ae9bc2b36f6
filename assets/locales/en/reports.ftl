# reports — English
