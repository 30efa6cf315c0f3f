"""The frozen build (PyInstaller) and the Windows installer (Inno Setup) of Sanaq Desktop."""
