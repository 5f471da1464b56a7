"""The app's shell: the application object, the main window, its menus, search and preferences."""
