using Terminal.Gui.App;
using Terminal.Gui.Views;

using var app = Application.Create().Init();
using var window = new Window { Title = "Empty Terminal.Gui window" };
app.Run(window);
