# core — English
