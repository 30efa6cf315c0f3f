<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <extracomment>What the last check said of each file: True sound, or the reason it is not.</extracomment>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Пр&amp;оверить</translation>
    </message>
    <message>
        <source>Open the selected backup with the key and check it, changing nothing</source>
        <translation>Открыть выбранную копию ключом и проверить её, ничего не меняя</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Put the selected backup in place of the database</source>
        <translation>Заменить базу данных выбранной копией</translation>
    </message>
    <message>
        <source>Copies of the database</source>
        <translation>Копии базы данных</translation>
    </message>
    <message>
        <source>The database is on a PostgreSQL server: its backups are the server&apos;s (pg_dump), made by its administrator. “Make a backup now” runs pg_dump when it is installed on this computer.</source>
        <translation>База данных находится на сервере PostgreSQL: её резервные копии делает администратор сервера (pg_dump). «Создать копию сейчас» запускает pg_dump, если он установлен на этом компьютере.</translation>
    </message>
    <message>
        <source>A copy of the database is made at start, at close, before every update and before a restore; each is checked and encrypted. Kept: the last 10 and one a day for a month. A copy opens only with the key this program holds on this computer: copied elsewhere, it reveals nothing.</source>
        <translation>Копия базы данных создаётся при запуске, при закрытии, перед каждым обновлением и перед восстановлением; каждая проверяется и шифруется. Хранятся последние 10 копий и по одной за каждый день в течение месяца. Копия открывается только ключом, который программа хранит на этом компьютере: скопированная в другое место, она ничего не раскрывает.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>opens and is sound</source>
        <translation>открывается и цела</translation>
    </message>
    <message>
        <source>checked when made</source>
        <translation>проверена при создании</translation>
    </message>
    <message>
        <source>pg_dump wrote {file}</source>
        <translation>pg_dump записал {file}</translation>
    </message>
    <message>
        <source>Backup made and checked: {file}</source>
        <translation>Копия создана и проверена: {file}</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>{file}: opens and is sound</source>
        <translation>{file}: открывается и цела</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup made {when}. Whatever was changed after it is taken out of the database; the database as it is now is backed up first, so this can be undone. Restore?</source>
        <translation>База данных будет заменена копией от {when}. Всё, что изменено после неё, уйдёт из базы; текущее состояние базы сначала сохраняется в резервную копию, так что это можно отменить. Восстановить?</translation>
    </message>
    <message>
        <source>The database was restored from the backup made {when}.</source>
        <translation>База данных восстановлена из копии от {when}.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление из резервной копии…</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>at start</source>
        <extracomment>Why a backup was made (the last word of its name).</extracomment>
        <translation>при запуске</translation>
    </message>
    <message>
        <source>at close</source>
        <translation>при закрытии</translation>
    </message>
    <message>
        <source>before an update of the database</source>
        <translation>перед обновлением базы данных</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>This database is on a server (PostgreSQL): its backups are the server&apos;s (pg_dump). Ask the server&apos;s administrator to restore one.</source>
        <extracomment>The backup of the database as it was just before (None when it was damaged: then ``set_aside``). Where a damaged database file was moved (kept, never deleted), if it was.</extracomment>
        <translation>Эта база данных находится на сервере (PostgreSQL): её резервные копии делает сервер (pg_dump). Попросите администратора сервера восстановить копию.</translation>
    </message>
    <message>
        <source>“{file}” is not a backup of this program, or it is damaged.</source>
        <translation>«{file}» не является резервной копией этой программы или повреждён.</translation>
    </message>
    <message>
        <source>“{file}” cannot be opened: it was encrypted with the key of another computer or data folder, and this program does not hold that key.</source>
        <translation>«{file}» не открывается: он зашифрован ключом другого компьютера или другой папки данных, а у этой программы такого ключа нет.</translation>
    </message>
    <message>
        <source>The key that opens the backups is missing (the operating system&apos;s key store or the key file of the data folder); without it no backup can be opened.</source>
        <translation>Нет ключа, которым открываются резервные копии (в хранилище ключей операционной системы или в файле ключа в папке данных); без него ни одну копию открыть нельзя.</translation>
    </message>
    <message>
        <source>The database is damaged, so no backup was made of it (the older backups are kept). Restore the newest good backup.</source>
        <translation>База данных повреждена, поэтому копия с неё не создана (прежние копии сохранены). Восстановите самую новую исправную копию.</translation>
    </message>
    <message>
        <source>“{file}” is a backup of another institution (BIN {other}); this database is of BIN {bin}. Nothing was changed.</source>
        <translation>«{file}» — резервная копия другого учреждения (БИН {other}); эта база данных — БИН {bin}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer (or not on the PATH), so no backup was made. The database is on a PostgreSQL server: its backups are the server&apos;s; install the PostgreSQL client programs or ask the server&apos;s administrator.</source>
        <translation>pg_dump не установлен на этом компьютере (или его нет в PATH), поэтому копия не создана. База данных находится на сервере PostgreSQL: резервные копии делает сервер; установите клиентские программы PostgreSQL или обратитесь к администратору сервера.</translation>
    </message>
    <message>
        <source>pg_dump failed: {reason}</source>
        <translation>pg_dump завершился с ошибкой: {reason}</translation>
    </message>
</context>
<context>
    <name>backups_page</name>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>pg_dump wrote {file}</source>
        <translation>pg_dump записал {file}</translation>
    </message>
    <message>
        <source>There is no database to back up yet.</source>
        <translation>Базы данных для резервного копирования пока нет.</translation>
    </message>
    <message>
        <source>Backup made and checked: {file}</source>
        <translation>Копия создана и проверена: {file}</translation>
    </message>
    <message>
        <source>No backups yet in {folder}</source>
        <translation>В {folder} пока нет резервных копий</translation>
    </message>
    <message>
        <source>{file}: opens and is sound</source>
        <translation>{file}: открывается и цела</translation>
    </message>
    <message>
        <source>No backup that opens and is sound was found in {folder}.</source>
        <translation>В {folder} не найдено ни одной копии, которая открывается и цела.</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup {file}; the present one is backed up first. Type yes to go on: </source>
        <translation>База данных будет заменена копией {file}; текущая сначала сохраняется в резервную копию. Введите yes (да), чтобы продолжить: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database was restored from {file}.</source>
        <translation>База данных восстановлена из {file}.</translation>
    </message>
    <message>
        <source>The database as it was is kept in {file}.</source>
        <translation>Прежнее состояние базы данных сохранено в {file}.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {file}.</source>
        <translation>Повреждённый файл сохранён как {file}.</translation>
    </message>
</context>
</TS>
